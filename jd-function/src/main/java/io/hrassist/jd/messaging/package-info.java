/** CloudEvents in and out: the handler that answers job-description requests at {@code POST /}. */
package io.hrassist.jd.messaging;
