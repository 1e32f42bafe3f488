// built with -T 2C into target/, then serially into serial/, then with -T 2C in forked JVMs into forked/:
// every edition has the same bytes
for (m in ['first', 'second', 'third']) {
    for (ext in ['pdf', 'epub']) {
        def parallel = new File(basedir, "$m/target/$m-1.$ext")
        def serial = new File(basedir, "$m/serial/$m-1.$ext")
        def forked = new File(basedir, "$m/forked/$m-1.$ext")
        assert parallel.isFile() : "no $parallel"
        assert serial.isFile() : "no $serial"
        assert forked.isFile() : "no $forked"
        assert java.util.Arrays.equals(parallel.bytes, serial.bytes) : "$m-1.$ext differs between the parallel and the serial build"
        assert java.util.Arrays.equals(parallel.bytes, forked.bytes) : "$m-1.$ext differs between Maven's JVM and a forked one"
    }
}
def log = new File(basedir, 'build.log').text
assert !log.contains('is not marked @threadSafe') : 'a goal is not marked thread-safe'
return true
