package io.hrassist.bench.minimal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

/** {@code POST /}: answers like a function does (a JSON body, the request's subject), with no work in between. */
@Controller
class EchoController {

    @Post(uri = "/", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<Reply> receive(HttpHeaders headers, @Nullable @Body byte[] body) {
        String subject = headers.get("ce-subject");
        return HttpResponse.ok(new Reply(subject == null ? "" : subject, body == null ? 0 : body.length))
                .header("ce-subject", subject == null ? "" : subject);
    }

    /** What the app answers: the subject and how many bytes it received. */
    record Reply(String subject, int bytes) {}
}
