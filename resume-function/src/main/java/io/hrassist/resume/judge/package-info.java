/** The model as a skill judge: the redacted resume goes in delimiters, as data; judgements with quotes come back. */
package io.hrassist.resume.judge;
