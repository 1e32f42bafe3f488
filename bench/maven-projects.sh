# Shared by the Maven benchmarks: scratch projects that use the plugin as the samples do.
# Expects $book (the book's folder) and $version (Imprint's) to be set.

project() { # folder, goal
  mkdir -p "$1/src/main/images"
  cp -r "$book" "$1/src/main/markdown"
  chmod -R u+w "$1"
  printf '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#eee"/></svg>\n' \
    > "$1/src/main/images/banknote.svg"
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>book</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <properties><project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp></properties>
  <build><plugins><plugin>
    <groupId>io.github.imprint</groupId>
    <artifactId>imprint-maven-plugin</artifactId>
    <version>$version</version>
    <executions><execution><goals><goal>$2</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM
}

noop_project() { # folder: an empty pom, for Maven's own no-op
  mkdir -p "$1"
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>noop</artifactId><version>1.0.0</version><packaging>pom</packaging>
</project>
POM
}
