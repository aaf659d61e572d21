/** Resume evaluation function: resume-evaluation.requested.v1 in, resume-evaluation.completed.v1 out. */
package io.hrassist.resume;
