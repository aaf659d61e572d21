/** CloudEvents in and out: the handler that answers resume-evaluation requests at {@code POST /}. */
package io.hrassist.resume.messaging;
