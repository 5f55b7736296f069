// Both findings of the dataset are in its baseline, written by the command run in this folder
// (policyset validate --write-baseline policyset-baseline.json data): the record's finding matches
// by rule, record and pointer, and the finding about a whole file by its path as the command names
// it. The build passes and says what the baseline held back.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : log
assert log.contains('[INFO] policyset: data: 4 files, 6 records checked: no errors, no warnings (2 in the baseline)')
assert !log.contains('[ERROR]')
assert !(log =~ /\[WARNING\].* PS\d{3} /)
return true
