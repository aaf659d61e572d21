/**
 * Turns results, read as the contract's records, into what a page shows: Markdown to safe HTML with the warnings
 * highlighted.
 */
package io.hrassist.ui.render;
