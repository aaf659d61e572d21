# A function image with its Java AOT cache: Jib builds the image (pom.xml), this adds the cache that a training run of
# that very image writes, so the cache belongs to the exact JRE and class path it will run with.
#   docker build -f deploy/images/aot-cache.Dockerfile --build-arg IMAGE=<jib image> -t <image> deploy/images
# The training run (events: CloudEventTraining) starts the function with the image's JAVA_TOOL_OPTIONS, posts the
# sample of each event it handles to its own POST /, and exits 0; any other answer fails the build. It needs no
# network and no services. At run time JDK_JAVA_OPTIONS points the JVM at the cache and leaves JAVA_TOOL_OPTIONS,
# which the chart sets, alone; a JVM that cannot use the cache starts without it. It also turns off replaying the
# training run's method profiles (a diagnostic flag): the images' JVM compiles with C1 alone, which uses no profiles,
# and the replay only queued compilations before the first event (docs/benchmarks.md).
ARG IMAGE
FROM ${IMAGE}
USER 0
RUN ["java", "-XX:AOTCacheOutput=/app/app.aot", "-Dhr-assist.cloudevents.training.enabled=true", "-cp", "@/app/jib-classpath-file", "@/app/jib-main-class-file"]
ENV JDK_JAVA_OPTIONS="-XX:AOTCache=/app/app.aot -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining"
USER 10001:10001
