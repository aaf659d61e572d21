/** The Core API as the UI sees it: a blocking HTTP client, the records it reads and the problems it reports. */
package io.hrassist.ui.api;
