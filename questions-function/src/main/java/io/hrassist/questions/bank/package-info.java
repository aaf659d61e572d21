/** The question bank as JSON data files under {@code bank/}. */
package io.hrassist.questions.bank;
