;; f32x4 matrix-product kernels of the trainer's 'simd32' stepper (simdStep32.ts).
;; Source of truth: this file. scripts/build-wasm-kernels.mjs compiles it (npm wabt, SIMD on)
;; into kernelsWasm.ts, and simdKernels.test.ts fails if the committed bytes drift from it.
;;
;; One kernel serves the three products of a training step, all of the form
;;   C[m][n] = bias[n] (or 0) + Σ_k X(m, k) · Y[k][n]      (k in order, from 0)
;; X is read element by element at X + 4·(m·sxm + k·sxk), so strides pick a transpose for free:
;;   forward   Z = A·Wᵀ + b : X = A (sxm = row stride, sxk = 1), Y = Wᵀ (stored transposed)
;;   gradient  G = Dᵀ·A     : X = D read down its columns (sxm = 1, sxk = row stride), Y = A
;;   backward  E = D·W      : X = D (sxm = row stride, sxk = 1), Y = W
;; Y and C are row-major with rows padded to a multiple of 4 floats (N4 vectors of f32x4),
;; so the column loop never has a scalar tail: padding columns of Y hold finite values (zeros
;; or an activation of 0) and only ever reach padding columns of C, which nobody reads as
;; real data. Rows (M) and terms (K) are real counts, with a 1-row remainder band.
;;
;; Register blocking: a tile keeps 4×2 f32x4 accumulators (4 rows × 8 columns) in
;; registers across the whole K loop: per k it loads 2 vectors of Y and broadcasts one X element
;; per row (v128.load32_splat), 8 multiplies + 8 adds. x86-64 has 16 xmm registers:
;; 8 accumulators + 2 Y vectors + 1 broadcast fit without spilling. No horizontal sums are
;; needed (each lane is its own output column). The four tile functions are written out in full
;; (WAT has no macros; they were generated once from one template) and differ only in the rows ×
;; vectors they cover: 4×2, 4×1 (last vector), 1×2 and 1×1 (last rows). Measured alternatives
;; (bench, 784-50-100-10 batch 64): 4×3 was 1.3–1.5× slower (spills), 2×4 and 3×2 no faster.
(module
  (memory (export "memory") 1)

  ;; See the header. Pointers are byte addresses, strides and counts are in floats / rows.
  (func (export "gemm") (param $x i32) (param $sxm i32) (param $sxk i32) (param $y i32) (param $c i32) (param $b i32) (param $M i32) (param $K i32) (param $N4 i32)
    (local $ld i32) (local $m i32)
    (local.set $ld (i32.shl (local.get $N4) (i32.const 4)))
    (local.set $sxm (i32.shl (local.get $sxm) (i32.const 2)))
    (local.set $sxk (i32.shl (local.get $sxk) (i32.const 2)))
    (block $wide
      (loop $bands
        (br_if $wide (i32.gt_u (i32.add (local.get $m) (i32.const 4)) (local.get $M)))
        (call $band (i32.const 1) (local.get $x) (local.get $sxm) (local.get $sxk) (local.get $y) (local.get $ld) (local.get $c) (local.get $b) (local.get $K))
        (local.set $x (i32.add (local.get $x) (i32.mul (local.get $sxm) (i32.const 4))))
        (local.set $c (i32.add (local.get $c) (i32.mul (local.get $ld) (i32.const 4))))
        (local.set $m (i32.add (local.get $m) (i32.const 4)))
        (br $bands)))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $m) (local.get $M)))
        (call $band (i32.const 0) (local.get $x) (local.get $sxm) (local.get $sxk) (local.get $y) (local.get $ld) (local.get $c) (local.get $b) (local.get $K))
        (local.set $x (i32.add (local.get $x) (local.get $sxm)))
        (local.set $c (i32.add (local.get $c) (local.get $ld)))
        (local.set $m (i32.add (local.get $m) (i32.const 1)))
        (br $rows)))
  )

  ;; One band of rows (4 if $wide, else 1) across all N4 vectors: 2-vector tiles, then single vectors.
  (func $band (param $wide i32) (param $x i32) (param $sxm i32) (param $sxk i32) (param $y i32) (param $ld i32) (param $c i32) (param $b i32) (param $k i32)
    (local $o i32) (local $end i32)
    (local.set $end (i32.sub (local.get $ld) (i32.const 16)))
    (block $tiles
      (loop $cols
        (br_if $tiles (i32.ge_s (local.get $o) (local.get $end)))
        (if (local.get $wide)
          (then (call $tile4x2 (local.get $x) (local.get $sxm) (local.get $sxk) (i32.add (local.get $y) (local.get $o)) (local.get $ld) (i32.add (local.get $c) (local.get $o)) (select (i32.add (local.get $b) (local.get $o)) (i32.const 0) (local.get $b)) (local.get $k)))
          (else (call $tile1x2 (local.get $x) (local.get $sxm) (local.get $sxk) (i32.add (local.get $y) (local.get $o)) (local.get $ld) (i32.add (local.get $c) (local.get $o)) (select (i32.add (local.get $b) (local.get $o)) (i32.const 0) (local.get $b)) (local.get $k))))
        (local.set $o (i32.add (local.get $o) (i32.const 32)))
        (br $cols)))
    (block $done
      (loop $rest
        (br_if $done (i32.ge_s (local.get $o) (local.get $ld)))
        (if (local.get $wide)
          (then (call $tile4x1 (local.get $x) (local.get $sxm) (local.get $sxk) (i32.add (local.get $y) (local.get $o)) (local.get $ld) (i32.add (local.get $c) (local.get $o)) (select (i32.add (local.get $b) (local.get $o)) (i32.const 0) (local.get $b)) (local.get $k)))
          (else (call $tile1x1 (local.get $x) (local.get $sxm) (local.get $sxk) (i32.add (local.get $y) (local.get $o)) (local.get $ld) (i32.add (local.get $c) (local.get $o)) (select (i32.add (local.get $b) (local.get $o)) (i32.const 0) (local.get $b)) (local.get $k))))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (br $rest)))
  )

  ;; 4 rows × 2 vectors (8 columns): 8 f32x4 accumulators.
  (func $tile4x2 (param $x i32) (param $sxm i32) (param $sxk i32) (param $y i32) (param $ld i32) (param $c i32) (param $b i32) (param $k i32)
    (local $x1 i32) (local $x2 i32) (local $x3 i32) (local $v v128) (local $y0 v128) (local $y1 v128) (local $a00 v128) (local $a01 v128) (local $a10 v128) (local $a11 v128) (local $a20 v128) (local $a21 v128) (local $a30 v128) (local $a31 v128)
    (if (local.get $b) (then
      (local.set $a00 (v128.load offset=0 (local.get $b)))
      (local.set $a10 (local.get $a00))
      (local.set $a20 (local.get $a00))
      (local.set $a30 (local.get $a00))
      (local.set $a01 (v128.load offset=16 (local.get $b)))
      (local.set $a11 (local.get $a01))
      (local.set $a21 (local.get $a01))
      (local.set $a31 (local.get $a01))
    ))
    (local.set $x1 (i32.add (local.get $x) (local.get $sxm)))
    (local.set $x2 (i32.add (local.get $x1) (local.get $sxm)))
    (local.set $x3 (i32.add (local.get $x2) (local.get $sxm)))
    (loop $k
      (local.set $y0 (v128.load offset=0 (local.get $y)))
      (local.set $y1 (v128.load offset=16 (local.get $y)))
      (local.set $v (v128.load32_splat (local.get $x)))
      (local.set $a00 (f32x4.add (local.get $a00) (f32x4.mul (local.get $v) (local.get $y0))))
      (local.set $a01 (f32x4.add (local.get $a01) (f32x4.mul (local.get $v) (local.get $y1))))
      (local.set $v (v128.load32_splat (local.get $x1)))
      (local.set $a10 (f32x4.add (local.get $a10) (f32x4.mul (local.get $v) (local.get $y0))))
      (local.set $a11 (f32x4.add (local.get $a11) (f32x4.mul (local.get $v) (local.get $y1))))
      (local.set $v (v128.load32_splat (local.get $x2)))
      (local.set $a20 (f32x4.add (local.get $a20) (f32x4.mul (local.get $v) (local.get $y0))))
      (local.set $a21 (f32x4.add (local.get $a21) (f32x4.mul (local.get $v) (local.get $y1))))
      (local.set $v (v128.load32_splat (local.get $x3)))
      (local.set $a30 (f32x4.add (local.get $a30) (f32x4.mul (local.get $v) (local.get $y0))))
      (local.set $a31 (f32x4.add (local.get $a31) (f32x4.mul (local.get $v) (local.get $y1))))
      (local.set $x (i32.add (local.get $x) (local.get $sxk)))
      (local.set $x1 (i32.add (local.get $x1) (local.get $sxk)))
      (local.set $x2 (i32.add (local.get $x2) (local.get $sxk)))
      (local.set $x3 (i32.add (local.get $x3) (local.get $sxk)))
      (local.set $y (i32.add (local.get $y) (local.get $ld)))
      (br_if $k (local.tee $k (i32.sub (local.get $k) (i32.const 1)))))
    (v128.store offset=0 (local.get $c) (local.get $a00))
    (v128.store offset=16 (local.get $c) (local.get $a01))
    (local.set $c (i32.add (local.get $c) (local.get $ld)))
    (v128.store offset=0 (local.get $c) (local.get $a10))
    (v128.store offset=16 (local.get $c) (local.get $a11))
    (local.set $c (i32.add (local.get $c) (local.get $ld)))
    (v128.store offset=0 (local.get $c) (local.get $a20))
    (v128.store offset=16 (local.get $c) (local.get $a21))
    (local.set $c (i32.add (local.get $c) (local.get $ld)))
    (v128.store offset=0 (local.get $c) (local.get $a30))
    (v128.store offset=16 (local.get $c) (local.get $a31))
  )

  ;; 4 rows × 1 vectors (4 columns): 4 f32x4 accumulators.
  (func $tile4x1 (param $x i32) (param $sxm i32) (param $sxk i32) (param $y i32) (param $ld i32) (param $c i32) (param $b i32) (param $k i32)
    (local $x1 i32) (local $x2 i32) (local $x3 i32) (local $v v128) (local $y0 v128) (local $a00 v128) (local $a10 v128) (local $a20 v128) (local $a30 v128)
    (if (local.get $b) (then
      (local.set $a00 (v128.load offset=0 (local.get $b)))
      (local.set $a10 (local.get $a00))
      (local.set $a20 (local.get $a00))
      (local.set $a30 (local.get $a00))
    ))
    (local.set $x1 (i32.add (local.get $x) (local.get $sxm)))
    (local.set $x2 (i32.add (local.get $x1) (local.get $sxm)))
    (local.set $x3 (i32.add (local.get $x2) (local.get $sxm)))
    (loop $k
      (local.set $y0 (v128.load offset=0 (local.get $y)))
      (local.set $v (v128.load32_splat (local.get $x)))
      (local.set $a00 (f32x4.add (local.get $a00) (f32x4.mul (local.get $v) (local.get $y0))))
      (local.set $v (v128.load32_splat (local.get $x1)))
      (local.set $a10 (f32x4.add (local.get $a10) (f32x4.mul (local.get $v) (local.get $y0))))
      (local.set $v (v128.load32_splat (local.get $x2)))
      (local.set $a20 (f32x4.add (local.get $a20) (f32x4.mul (local.get $v) (local.get $y0))))
      (local.set $v (v128.load32_splat (local.get $x3)))
      (local.set $a30 (f32x4.add (local.get $a30) (f32x4.mul (local.get $v) (local.get $y0))))
      (local.set $x (i32.add (local.get $x) (local.get $sxk)))
      (local.set $x1 (i32.add (local.get $x1) (local.get $sxk)))
      (local.set $x2 (i32.add (local.get $x2) (local.get $sxk)))
      (local.set $x3 (i32.add (local.get $x3) (local.get $sxk)))
      (local.set $y (i32.add (local.get $y) (local.get $ld)))
      (br_if $k (local.tee $k (i32.sub (local.get $k) (i32.const 1)))))
    (v128.store offset=0 (local.get $c) (local.get $a00))
    (local.set $c (i32.add (local.get $c) (local.get $ld)))
    (v128.store offset=0 (local.get $c) (local.get $a10))
    (local.set $c (i32.add (local.get $c) (local.get $ld)))
    (v128.store offset=0 (local.get $c) (local.get $a20))
    (local.set $c (i32.add (local.get $c) (local.get $ld)))
    (v128.store offset=0 (local.get $c) (local.get $a30))
  )

  ;; 1 rows × 2 vectors (8 columns): 2 f32x4 accumulators.
  (func $tile1x2 (param $x i32) (param $sxm i32) (param $sxk i32) (param $y i32) (param $ld i32) (param $c i32) (param $b i32) (param $k i32)
    (local $v v128) (local $y0 v128) (local $y1 v128) (local $a00 v128) (local $a01 v128)
    (if (local.get $b) (then
      (local.set $a00 (v128.load offset=0 (local.get $b)))
      (local.set $a01 (v128.load offset=16 (local.get $b)))
    ))
    (loop $k
      (local.set $y0 (v128.load offset=0 (local.get $y)))
      (local.set $y1 (v128.load offset=16 (local.get $y)))
      (local.set $v (v128.load32_splat (local.get $x)))
      (local.set $a00 (f32x4.add (local.get $a00) (f32x4.mul (local.get $v) (local.get $y0))))
      (local.set $a01 (f32x4.add (local.get $a01) (f32x4.mul (local.get $v) (local.get $y1))))
      (local.set $x (i32.add (local.get $x) (local.get $sxk)))
      (local.set $y (i32.add (local.get $y) (local.get $ld)))
      (br_if $k (local.tee $k (i32.sub (local.get $k) (i32.const 1)))))
    (v128.store offset=0 (local.get $c) (local.get $a00))
    (v128.store offset=16 (local.get $c) (local.get $a01))
  )

  ;; 1 rows × 1 vectors (4 columns): 1 f32x4 accumulators.
  (func $tile1x1 (param $x i32) (param $sxm i32) (param $sxk i32) (param $y i32) (param $ld i32) (param $c i32) (param $b i32) (param $k i32)
    (local $v v128) (local $y0 v128) (local $a00 v128)
    (if (local.get $b) (then
      (local.set $a00 (v128.load offset=0 (local.get $b)))
    ))
    (loop $k
      (local.set $y0 (v128.load offset=0 (local.get $y)))
      (local.set $v (v128.load32_splat (local.get $x)))
      (local.set $a00 (f32x4.add (local.get $a00) (f32x4.mul (local.get $v) (local.get $y0))))
      (local.set $x (i32.add (local.get $x) (local.get $sxk)))
      (local.set $y (i32.add (local.get $y) (local.get $ld)))
      (br_if $k (local.tee $k (i32.sub (local.get $k) (i32.const 1)))))
    (v128.store offset=0 (local.get $c) (local.get $a00))
  )
)
