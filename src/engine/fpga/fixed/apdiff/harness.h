// Oracle side of the ap_fixed differential test (apFixed.diff.test.ts); not part of the
// engine build. The test generates a small .cpp that includes this file, lists one
// emit<W, I, S, Q, O> per format × mode in a table, and calls run(). Templates need
// compile-time formats, so the format list lives in that generated file, not here.
//
// Protocol (all text, so nothing depends on endianness or printf of doubles):
//   stdin:  for each format row of the table: a count n, then n IEEE-754 bit patterns
//           of the inputs in hex (16 digits each; exact, unlike decimal).
//   stdout: for each row, for each mode in the row: one line with the n stored words,
//           v.V as the unsigned W-bit pattern in hex.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "ap_fixed.h"

// ap_fixed or ap_ufixed by signedness, so each instantiation builds only the class it uses.
template <bool S> struct ApType;
template <> struct ApType<true> {
  template <int W, int I, ap_q_mode Q, ap_o_mode O> using T = ap_fixed<W, I, Q, O>;
};
template <> struct ApType<false> {
  template <int W, int I, ap_q_mode Q, ap_o_mode O> using T = ap_ufixed<W, I, Q, O>;
};

typedef void (*Emit)(const std::vector<double>&);

template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O>
void emit(const std::vector<double>& xs) {
  // ap_private keeps a signed word sign-extended in 64 bits; keep just its W bits.
  const unsigned long long mask = W >= 64 ? ~0ULL : (1ULL << (W & 63)) - 1;
  for (size_t i = 0; i < xs.size(); i++) {
    typename ApType<S>::template T<W, I, Q, O> v(xs[i]);  // the constructor under test
    std::printf(i ? " %llx" : "%llx", (unsigned long long)v.V.to_uint64() & mask);
  }
  std::putchar('\n');
}

// rows × modes table of emitters; reads each row's inputs, then runs every mode on them.
template <size_t ROWS, size_t MODES>
int run(Emit const (&table)[ROWS][MODES]) {
  for (size_t r = 0; r < ROWS; r++) {
    unsigned long n = 0;
    if (std::scanf("%lu", &n) != 1) return 2;
    std::vector<double> xs(n);
    for (unsigned long i = 0; i < n; i++) {
      unsigned long long bits = 0;
      if (std::scanf("%llx", &bits) != 1) return 3;
      std::memcpy(&xs[i], &bits, sizeof bits);
    }
    for (size_t m = 0; m < MODES; m++) table[r][m](xs);
  }
  return 0;
}
