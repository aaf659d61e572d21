/** Browser UI for recruiters; the server-rendered pages arrive with the UI issue. Until then the API serves the root. */
package io.hrassist.ui;
