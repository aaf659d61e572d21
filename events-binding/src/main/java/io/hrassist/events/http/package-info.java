/** CloudEvents over HTTP for Micronaut: typed handlers at {@code POST /}, binary and structured mode in, binary replies out. */
package io.hrassist.events.http;
