/** A minimal Micronaut HTTP app, the baseline of the cold-start benchmark. */
package io.hrassist.bench.minimal;
