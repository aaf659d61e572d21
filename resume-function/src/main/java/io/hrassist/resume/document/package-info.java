/** Reading resume documents within limits: PDF with PDFBox, DOCX streamed with StAX, plain text; type by content. */
package io.hrassist.resume.document;
