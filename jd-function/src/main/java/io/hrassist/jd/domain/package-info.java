/** Writing job descriptions: the offline writer, the role catalogue port and the wording check. */
package io.hrassist.jd.domain;
