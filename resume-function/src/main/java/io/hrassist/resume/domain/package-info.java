/** Evaluating a resume against a vacancy: criteria, evidence from the visible text, and a score computed in code. */
package io.hrassist.resume.domain;
