/**
 * Handling CloudEvents whatever carries them: typed handlers, the dispatcher that picks one by type and says how it
 * went, and the reply events. The HTTP binding ({@code io.hrassist.events.http}) and the RabbitMQ binding use it.
 */
package io.hrassist.events.binding;
