/** Interview-question generator function: interview-questions.requested.v1 in, interview-questions.generated.v1 out. */
package io.hrassist.questions;
