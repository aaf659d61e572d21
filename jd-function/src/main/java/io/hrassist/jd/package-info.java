/** Job-description generator function: job-description.requested.v1 in, job-description.generated.v1 out. */
package io.hrassist.jd;
