package io.hrassist.jd;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.jd.domain.WriteJobDescription;
import io.hrassist.jd.kb.JsonRoleCatalog;
import io.hrassist.jd.kb.JsonWordingCheck;
import io.micronaut.function.FunctionBean;
import io.micronaut.http.annotation.Body;
import java.util.function.Function;

/** The generator's core as a plain function from request to result; the whole JSON body is the request. */
@FunctionBean("job-description")
public class JobDescriptionFunction implements Function<JobDescriptionRequested, JobDescriptionGenerated> {

    private final WriteJobDescription writer;

    JobDescriptionFunction(ObjectMapper mapper) {
        this.writer = new WriteJobDescription(new JsonRoleCatalog(mapper), new JsonWordingCheck(mapper));
    }

    @Override
    public JobDescriptionGenerated apply(@Body JobDescriptionRequested request) {
        return writer.apply(request);
    }
}
