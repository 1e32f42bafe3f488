package io.github.imprint.font;

import java.util.BitSet;
import java.util.List;

/**
 * Which subroutines a set of Type 2 charstrings calls, so a subset can keep those and empty the rest.
 *
 * <p>A charstring (Adobe Technical Note #5177) is a run of operands and operators. {@code callsubr}
 * (10) and {@code callgsubr} (29) take the number on top of the stack, plus a bias that depends on how
 * many subroutines there are (107 below 1,240, 1,131 below 33,900, else 32,768), and run that local
 * or global subroutine, which may call others. The walk must also count stem hints: {@code hintmask}
 * (19) and {@code cntrmask} (20) are followed by one bit per stem, so their length in bytes depends on
 * how many {@code hstem}, {@code vstem}, {@code hstemhm} and {@code vstemhm} pairs came before, including
 * a {@code vstem} left implied by operands waiting on the stack when the first mask comes. A
 * subroutine the walk never reaches is replaced by a lone {@code return}: the numbering of the rest,
 * which the charstrings hold, stays as it was.
 */
final class SubroutineUse {

    private static final int DEPTH = 10; // the Type 2 format's limit on nested calls
    private final List<byte[]> global;
    private final List<byte[]> local;
    final BitSet globalUsed = new BitSet();
    final BitSet localUsed = new BitSet();
    private int stems;
    private int stack;
    private final int[] numbers = new int[48];
    private boolean ended;

    private SubroutineUse(List<byte[]> global, List<byte[]> local) {
        this.global = global;
        this.local = local;
    }

    /** Marks what {@code charString} calls, in the subroutines of its Font DICT. */
    static void walk(byte[] charString, List<byte[]> global, List<byte[]> local, BitSet globalUsed, BitSet localUsed) {
        SubroutineUse use = new SubroutineUse(global, local);
        use.run(charString, 0);
        globalUsed.or(use.globalUsed);
        localUsed.or(use.localUsed);
    }

    static int bias(int count) {
        return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
    }

    private void run(byte[] code, int depth) {
        if (depth > DEPTH) {
            throw new IllegalArgumentException("a glyph's outline nests subroutines deeper than " + DEPTH);
        }
        int i = 0;
        while (i < code.length && !ended) {
            int b0 = code[i] & 0xFF;
            if (b0 >= 32 || b0 == 28) {
                int value;
                if (b0 == 255) { // 16.16 fixed: its integer part
                    value = (short) ((code[i + 1] & 0xFF) << 8 | code[i + 2] & 0xFF);
                    i += 5;
                } else {
                    value = CompactFont.integer(code, i);
                    i += b0 == 28 ? 3 : b0 >= 247 ? 2 : 1;
                }
                if (stack < numbers.length) {
                    numbers[stack] = value;
                }
                stack++;
                continue;
            }
            i++;
            switch (b0) {
                case 1, 3, 18, 23 -> { // hstem, vstem, hstemhm, vstemhm
                    stems += stack / 2;
                    stack = 0;
                }
                case 19, 20 -> { // hintmask, cntrmask: an implied vstem first
                    stems += stack / 2;
                    stack = 0;
                    i += (stems + 7) / 8;
                }
                case 10, 29 -> { // callsubr, callgsubr
                    List<byte[]> subrs = b0 == 10 ? local : global;
                    BitSet used = b0 == 10 ? localUsed : globalUsed;
                    stack--;
                    int n = numbers[Math.min(stack, numbers.length - 1)] + bias(subrs.size());
                    if (n < 0 || n >= subrs.size()) {
                        throw new IllegalArgumentException("a glyph's outline calls subroutine "
                                + (n - bias(subrs.size())) + ", which it does not have");
                    }
                    used.set(n);
                    run(subrs.get(n), depth + 1);
                }
                case 11 -> { // return
                    return;
                }
                case 14 -> ended = true; // endchar
                case 12 -> {
                    i++; // an escaped operator: arithmetic and flex, which touch no subroutine
                    stack = 0;
                }
                default -> stack = 0;
            }
        }
    }
}
