/** Browser UI for recruiters: server-rendered pages over the Core API. */
package io.hrassist.ui;
