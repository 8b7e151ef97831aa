// Package train is the deterministic trainer: a multi-layer perceptron
// trained by SGD whose every step gives the same bits on every machine
// (amd64 at any GOAMD64 level, arm64, any GOMAXPROCS), so that anyone can
// replay an update and a wrong one can be proven wrong (DESIGN.md section 2).
//
// # Model and step
//
// The model is an MLP with the manifest's widths (784-128-10 by default):
// fully connected layers z = h·Wᵀ + b, ReLU between them, softmax
// cross-entropy averaged over the batch on the last. The optimizer is SGD,
// optionally with momentum (PyTorch's formulation: v = μv + g, w = w - lr·v).
// Trainer.Step advances a State by one step; Trainer.Run does k steps and
// returns the trace of state hashes s_0..s_k (protocol.Trace).
//
// # Canonical kernels
//
// Everything inside a step uses this package's canonical kernels, never
// gonum or gorgonia arithmetic (gorgonia.org/tensor only holds the
// parameters). gemm documents the one reduction order of all matrix
// products; kernels.go the bias, ReLU, softmax/cross-entropy and optimizer
// kernels; mathf.go the project's own exp and log. The rules: a fixed
// reduction order, every multiply-add rounded explicitly (s = s +
// float32(a*b), which the compiler may not fuse into an FMA) or exact,
// parallel only across independent outputs, no standard-library
// transcendental functions. With GOEXPERIMENT=simd on amd64 the products
// use an AVX-512 (or AVX2) kernel that performs the same per-output sequence
// of roundings as the scalar reference (tests compare every available kernel
// to it bit for bit); everywhere else, arm64 included, the scalar reference
// runs. Kernel reports which one a binary uses.
//
// The step, for a batch h_0 (rows × 784 by default):
//
//	forward   z_l = h_l·W_lᵀ + b_l  (computed as W_l·h_lᵀ, bias added last)
//	          h_{l+1} = ReLU(z_l), except on the last layer
//	loss      mean softmax cross-entropy of z_L (canonExp, canonLog)
//	backward  dW_l = dz_lᵀ·h_l,  db_l = column sums of dz_l,
//	          dh_l = dz_l·W_l,  dz_{l-1} = dh_l where h_l > 0, else 0
//	update    SGD (sgdUpdate), every parameter tensor
//
// # Randomness and batches
//
// Initialisation and batch order come only from the manifest's InitSeed and
// the step index, through ChaCha8 seeded by SHA-256 (see rng.go for the exact
// derivation and consumption order). Step i trains on batch
// i mod StepsPerEpoch of the permutation of epoch i / StepsPerEpoch.
//
// # Checkpoints
//
// A State serializes to a canonical safetensors file (package
// train/checkpoint) with the run ID and step in its metadata; the state hash
// is sha256 of that file. Tensor names, l counting layers from 0 at the
// input, weights in the PyTorch nn.Linear layout [out, in]:
//
//	layers.<l>.weight                  [out, in]
//	layers.<l>.bias                    [out]
//	optim.momentum.layers.<l>.weight   [out, in]   only when momentum > 0
//	optim.momentum.layers.<l>.bias     [out]       only when momentum > 0
//
// so torch.nn.Linear(in, out).load_state_dict({"weight": ..., "bias": ...})
// takes layer l as is.
//
// Package train imports protocol and its own sub-packages checkpoint and
// dataset; nothing else of the project.
package train
