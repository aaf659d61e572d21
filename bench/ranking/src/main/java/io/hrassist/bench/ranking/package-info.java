/** The graded ranking benchmark: how well the offline resume engine orders graded resumes per vacancy. */
package io.hrassist.bench.ranking;
