package io.github.imprint.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command line taken apart: the command, its operands, and its {@code --name value} options, each
 * checked against the options the command knows. A mistake is a {@link UsageException} that says what
 * was wrong.
 */
record Arguments(String command, List<String> operands, Map<String, String> options) {

    /** A command line that cannot be run, and why. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static Arguments parse(String[] args, Map<String, Set<String>> commands) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        String command = args[0];
        Set<String> known = commands.get(command);
        if (known == null) {
            throw new UsageException("unknown command '" + command + "'");
        }
        List<String> operands = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : arg.substring(2);
                if (!known.contains(name)) {
                    throw new UsageException("'" + command + "' has no option --" + name);
                }
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException("--" + name + " needs a value");
                }
                options.put(name, value);
            } else {
                operands.add(arg);
            }
        }
        return new Arguments(command, operands, options);
    }
}
