/** Pages, htmx fragments, the session and CSRF cookies, and the forwarding of {@code /api/**} to the Core API. */
package io.hrassist.ui.web;
