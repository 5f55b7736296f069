// The curated dataset of this repository passes, and the JUnit XML report asked for is at its
// default place: one passing test case per file, no failure.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log =~ /\[INFO\] policyset: \S*dataset\/data: 7 files, \d+ records checked: no errors, no warnings/ : log
assert !log.contains('[ERROR]')
assert !(log =~ /\[WARNING\].* PS\d{3} /)
assert !log.contains('HV000001')

File report = new File(basedir, 'target/policyset/validation.xml')
assert log.contains("policyset junit report written to ${report.toPath().toAbsolutePath().normalize()}")
def suites = new groovy.xml.XmlSlurper().parse(report)
assert suites.name() == 'testsuites'
def suite = suites.testsuite[0]
assert suite.@failures.text() == '0'
assert suite.testcase.size() == 7
assert suite.testcase.every { it.failure.size() == 0 }
return true
