/** Core API domain: vacancies, tasks, candidates, the use cases that change them and the ports they need. */
package io.hrassist.api.domain;
