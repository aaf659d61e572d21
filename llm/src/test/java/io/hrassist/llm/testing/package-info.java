/** Test support shared through the llm test-jar. */
package io.hrassist.llm.testing;
