/** Preparing interview kits: choosing questions by skill, seniority and type from a question bank. */
package io.hrassist.questions.domain;
