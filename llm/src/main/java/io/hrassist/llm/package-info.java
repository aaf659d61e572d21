/**
 * The LLM gateway of the generator functions: the {@link io.hrassist.llm.LlmClient} port, its OpenAI-compatible
 * adapter, versioned prompts and the checked, fall-back-safe {@link io.hrassist.llm.LlmGateway}.
 */
package io.hrassist.llm;
