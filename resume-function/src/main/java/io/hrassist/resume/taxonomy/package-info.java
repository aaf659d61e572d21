/** The bilingual skill taxonomy with aliases, as a JSON data file. */
package io.hrassist.resume.taxonomy;
