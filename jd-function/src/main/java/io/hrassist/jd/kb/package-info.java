/** The knowledge base as JSON data files: the role catalogue and the wording lists. */
package io.hrassist.jd.kb;
