/** JMH benchmarks of the offline engines. */
package io.hrassist.bench;
