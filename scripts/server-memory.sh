# The heap of a ProjectDesk server, for scripts/run.sh and scripts/benchmark.sh (sourced by both):
# enough for 10,000 published projects, including the whole IATI export made in one request, and
# the public response cache (256 MiB at most, projectdesk.cache.max-mb). WildFly's standalone.conf
# takes it from JBOSS_JAVA_SIZING (its own default is 512 MiB); set that variable to override.
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms512m -Xmx1536m -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=512m}"
