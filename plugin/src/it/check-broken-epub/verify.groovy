def log = new File(basedir, 'build.log').text
assert log.contains('EPUBCheck finds') : 'the check goal did not fail on the broken EPUB'
assert log.contains('[ERROR] ERROR: EPUB/package.opf') : 'EPUBCheck messages are not in the log'
return true
