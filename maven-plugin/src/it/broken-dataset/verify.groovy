// The build failed (invoker.properties) on a dataset with a shape error and a dangling reference:
// each finding is in the log with its absolute file, line, column and rule, as Maven prints a
// compiler error; the failure is a BUILD FAILURE that counts them, with no stack trace and nothing
// worded for the command line; the SARIF report was written where asked and holds both.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
String data = basedir.toPath().toAbsolutePath().normalize().resolve('data').toString()

// Where each mistake is, read from the data itself: the line, and the column of its key.
def place = { String file, String text ->
  List<String> lines = new File(basedir, "data/${file}").readLines('UTF-8')
  int i = lines.findIndexOf { it.contains(text) }
  assert i >= 0 : "${text} in ${file}"
  [i + 1, lines[i].indexOf('"') + 1]
}
def (kindLine, kindColumn) = place('records.json', '"kind": "country"')
def (topicLine, topicColumn) = place('stances.json', '"topic": "two-state-solution"')

assert log.contains("[ERROR] ${data}/records.json:[${kindLine},${kindColumn}] PS208 ") : log
assert log.contains("[ERROR] ${data}/stances.json:[${topicLine},${topicColumn}] PS302 stance "
    + "'cn-gaza-ceasefire' refers to unknown topic 'two-state-solution' [dangling-reference]") : log
assert log.contains("[ERROR]     hint: add a topic with id 'two-state-solution' to 'topics', or fix the reference")

assert log.contains('BUILD FAILURE')
assert log =~ /Failed to execute goal org\.policyset:policyset-maven-plugin:\S+:validate \(default\) on project broken-dataset: policyset: data: 3 files, 6 records checked: 2 errors, no warnings/
assert log.contains('MAVEN/MojoFailureException') : 'a failure of the data, not an error of the build'
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace'
assert !(log =~ /(?<![-\w])--[a-z]/) : 'nothing worded for the command line'
assert !log.contains('HV000001') : 'Hibernate Validator keeps quiet'

File report = new File(basedir, 'target/policyset.sarif')
assert log.contains("policyset sarif report written to ${report.toPath().toAbsolutePath().normalize()}")
def sarif = new JsonSlurper().parse(report)
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results*.ruleId.sort() == ['PS208', 'PS302']
results.each { assert it.level == 'error' }
def dangling = results.find { it.ruleId == 'PS302' }.locations[0].physicalLocation
assert dangling.artifactLocation.uri == 'data/stances.json'
assert dangling.artifactLocation.uriBaseId == '%SRCROOT%'
assert dangling.region.startLine == topicLine
assert dangling.region.startColumn == topicColumn
return true
