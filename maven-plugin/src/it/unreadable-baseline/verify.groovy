// A baseline that does not exist is a mistake in the build's configuration: the build stops with
// an error naming the file, before anything is validated, and with no stack trace.
String log = new File(basedir, 'build.log').getText('UTF-8')
String file = basedir.toPath().toAbsolutePath().normalize().resolve('no-such-baseline.json').toString()
assert log.contains("on project unreadable-baseline: the baseline file ${file} does not exist; set "
    + "<baseline> (or -Dpolicyset.baseline) to the file, or leave it out") : log
assert log.contains('MAVEN/MojoExecutionException') : 'an error of the build, not a failure of the data'
assert !(log =~ /\[ERROR\] \S+:\[\d+,\d+\] PS\d{3}/) : 'no finding reported'
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace'
return true
