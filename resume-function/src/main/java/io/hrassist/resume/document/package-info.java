/** Reading resume documents: PDF with PDFBox, DOCX with Apache POI, plain text; type by content. */
package io.hrassist.resume.document;
