#!/usr/bin/env bash
# Runs the Marsad Spark job exactly as spark-submit does (org.apache.spark.deploy.SparkSubmit), with the
# Spark jars Maven already has, so the job can be tried or measured without installing Spark.
#   marsad-spark/spark-submit-local.sh [--master local[2]] INPUT... -o OUT [job options]
# On a real cluster use Spark's own bin/spark-submit instead (docs/spark.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
master="local[*]"
if [[ "${1:-}" == "--master" ]]; then master="$2"; shift 2; fi
jar="$here/target/marsad-spark.jar"
cp_file="$here/target/spark.classpath"
if [[ ! -f "$jar" || ! -f "$cp_file" || -n "$(find "$root/marsad-core/src" "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit)" ]]; then
  (cd "$root" && mvn -q -o -pl marsad-core,marsad-spark package -DskipTests \
     && mvn -q -o -pl marsad-spark dependency:build-classpath -DincludeScope=compile -DexcludeGroupIds=org.marsad,info.picocli -Dmdep.outputFile=target/spark.classpath) >&2
fi
# the JVM options spark-submit itself adds on Java 17 (see spark.jvm.options in marsad-spark/pom.xml)
opens=(-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
exec java "${opens[@]}" -Xmx"${MARSAD_SPARK_HEAP:-4g}" -Dlog4j2.configurationFile="$here/src/main/config/log4j2-local.properties" \
  -cp "$(cat "$cp_file")" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 \
  --class org.marsad.spark.AnalyzeJob "$jar" "$@"
