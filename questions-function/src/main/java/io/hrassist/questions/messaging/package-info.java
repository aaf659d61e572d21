/** CloudEvents in and out: the handler that answers interview-question requests at {@code POST /}. */
package io.hrassist.questions.messaging;
