//! `random`: CPython's generator, bit for bit, seeded per job.
//!
//! The generator is MT19937 with CPython's seeding (`init_by_array` over the 32-bit words of the seed) and
//! CPython's derivations (`random()` from two words, `_randbelow` by rejection on `getrandbits`, and the
//! same algorithms for `shuffle`, `choice`, `choices`, `sample` and `gauss`), so `random.seed(42)` gives
//! the numbers CPython gives. Without `random.seed(...)`, a job starts from the seed its host gave it
//! (`Vm::set_random_seed`; 0 when none): runs are reproducible, and the VM reads no host entropy.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::{arity, no_kw};
use crate::error::{exc, type_error, value_error, PyResult};
use crate::heap::Obj;
use crate::interp::{NativeFn, Vm};
use crate::types::Ty;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("seed", seed),
    ("random", random),
    ("uniform", uniform),
    ("randint", randint),
    ("randrange", randrange),
    ("getrandbits", getrandbits),
    ("choice", choice),
    ("choices", choices),
    ("shuffle", shuffle),
    ("sample", sample),
    ("gauss", gauss),
    ("normalvariate", gauss),
];

const N: usize = 624;
const M: usize = 397;

/// MT19937 with CPython's state handling.
#[derive(Clone, Debug)]
pub struct Mt {
    state: Box<[u32; N]>,
    index: usize,
    /// The second value of the last Box-Muller pair (`random.gauss`).
    gauss_next: Option<f64>,
}

impl Mt {
    fn init_genrand(s: u32) -> Mt {
        let mut state = Box::new([0u32; N]);
        state[0] = s;
        for i in 1..N {
            state[i] = 1_812_433_253u32
                .wrapping_mul(state[i - 1] ^ (state[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mt {
            state,
            index: N,
            gauss_next: None,
        }
    }

    /// CPython's `init_by_array`.
    fn from_key(key: &[u32]) -> Mt {
        let mut mt = Mt::init_genrand(19_650_218);
        let mt_state = &mut mt.state;
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        for _ in 0..N.max(klen) {
            let prev = mt_state[i - 1] ^ (mt_state[i - 1] >> 30);
            mt_state[i] = (mt_state[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt_state[0] = mt_state[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt_state[i - 1] ^ (mt_state[i - 1] >> 30);
            mt_state[i] = (mt_state[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt_state[0] = mt_state[N - 1];
                i = 1;
            }
        }
        mt_state[0] = 0x8000_0000;
        mt
    }

    /// Seeded from a non-negative integer, as `random.seed(n)` does (the sign is dropped).
    pub fn from_int(n: &BigInt) -> Mt {
        let (_, mut words) = n.abs().to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        Mt::from_key(&words)
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let s = &mut self.state;
            for k in 0..N {
                let y = (s[k] & 0x8000_0000) | (s[(k + 1) % N] & 0x7fff_ffff);
                let mut v = s[(k + M) % N] ^ (y >> 1);
                if y & 1 != 0 {
                    v ^= 0x9908_b0df;
                }
                s[k] = v;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random.random()`: 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: the low word first, the top word shifted down to the bits wanted.
    pub fn getrandbits(&mut self, k: u32) -> BigInt {
        if k == 0 {
            return BigInt::zero();
        }
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let words = k.div_ceil(32) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from(num_bigint::BigUint::new(out))
    }

    /// `_randbelow(n)` for n > 0 that fits in 64 bits.
    pub fn below(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = if k <= 32 {
                (self.next_u32() >> (32 - k)) as u64
            } else {
                let lo = self.next_u32() as u64;
                let hi = (self.next_u32() >> (64 - k)) as u64;
                lo | (hi << 32)
            };
            if r < n {
                return r;
            }
        }
    }
}

impl Vm {
    /// Sets the seed `random` starts from in the next job (the host's per-job seed input).
    pub fn set_random_seed(&mut self, seed: u64) {
        self.random_seed = seed;
        self.rng = None;
    }

    fn rng(&mut self) -> &mut Mt {
        let seed = self.random_seed;
        self.rng
            .get_or_insert_with(|| Box::new(Mt::from_int(&BigInt::from(seed))))
    }

    fn int_arg(&self, v: Value, what: &str) -> PyResult<BigInt> {
        match v {
            Value::Int(i) => Ok(BigInt::from(i)),
            Value::Bool(b) => Ok(BigInt::from(b as i64)),
            Value::Obj(h) => match self.heap.get(h) {
                Obj::BigInt(b) => Ok(b.clone()),
                _ => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer{what}",
                    self.type_name(v)
                ))),
            },
            _ => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer{what}",
                self.type_name(v)
            ))),
        }
    }

    fn float_arg(&self, v: Value) -> PyResult<f64> {
        match self.to_f64(v)? {
            Some(f) => Ok(f),
            None => Err(type_error(format!(
                "must be real number, not {}",
                self.type_name(v)
            ))),
        }
    }

    /// `_randbelow(n)` for any positive int.
    fn rand_below(&mut self, n: &BigInt) -> Value {
        match n.to_u64() {
            Some(n) => Value::Int(self.rng().below(n) as i64),
            None => {
                let k = n.bits() as u32;
                loop {
                    let r = self.rng().getrandbits(k);
                    if &r < n {
                        return self.bigint(r);
                    }
                }
            }
        }
    }

    fn seq_len(&mut self, seq: Value) -> PyResult<usize> {
        match self.user_len(seq)? {
            Some(n) => Ok(n),
            None => self.len_of(seq),
        }
    }
}

/// Generators one job may own through `random.Random` instances (each about 2.5 KB).
const MAX_GENERATORS: usize = 1024;

/// `__npy_rng_new()`: a new generator slot for a `random.Random` instance (seeded by its `seed`).
pub(crate) fn rng_new(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("__npy_rng_new", kw)?;
    arity("__npy_rng_new", args, 0, 0)?;
    if vm.rng_slots.len() >= MAX_GENERATORS {
        return Err(exc(
            Ty::MemoryError,
            format!("a job may create at most {MAX_GENERATORS} random.Random instances"),
        ));
    }
    vm.rng_slots.push(None);
    Ok(Value::Int(vm.rng_slots.len() as i64 - 1))
}

/// `__npy_rng_swap(slot)`: exchanges the module's generator with a `random.Random` instance's, so the
/// module's functions serve the instance until the next swap.
pub(crate) fn rng_swap(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("__npy_rng_swap", kw)?;
    arity("__npy_rng_swap", args, 1, 1)?;
    let slot = match args[0] {
        Value::Int(i) if (0..vm.rng_slots.len() as i64).contains(&i) => i as usize,
        _ => return Err(crate::interp::internal("bad generator slot")),
    };
    // The module's generator is made before the first swap, so a slot never hands back an unseeded one.
    vm.rng();
    std::mem::swap(&mut vm.rng, &mut vm.rng_slots[slot]);
    Ok(Value::None)
}

/// `__npy_rng_default_seed(slot)`: what `random.Random()` seeds from without an argument. CPython reads
/// the OS's entropy; a job has none, so each instance gets a distinct seed derived from the job's.
pub(crate) fn rng_default_seed(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(String, Value)],
) -> PyResult<Value> {
    no_kw("__npy_rng_default_seed", kw)?;
    arity("__npy_rng_default_seed", args, 1, 1)?;
    let slot = match args[0] {
        Value::Int(i) => i as u64,
        _ => 0,
    };
    let seed = vm.random_seed ^ (slot + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    Ok(vm.bigint(BigInt::from(seed)))
}

fn seed(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("seed", kw)?;
    arity("seed", args, 0, 2)?;
    let n = match args.first().copied() {
        None | Some(Value::None) => BigInt::from(vm.random_seed),
        Some(Value::Float(f)) => {
            // CPython hashes floats; whole floats hash to themselves.
            if f.fract() == 0.0 && f.is_finite() {
                BigInt::from(f as i64)
            } else {
                return Err(type_error(
                    "nPython's random.seed() takes an int or a str, not a fractional float",
                ));
            }
        }
        Some(v) => match vm.str_ref(v) {
            Some(s) => {
                // CPython (version 2): the int of the bytes followed by their SHA-512.
                use sha2::Digest;
                let mut bytes = s.as_bytes().to_vec();
                bytes.extend_from_slice(&sha2::Sha512::digest(s.as_bytes()));
                BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes)
            }
            None => vm.int_arg(v, "")?,
        },
    };
    vm.rng = Some(Box::new(Mt::from_int(&n)));
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("random", kw)?;
    arity("random", args, 0, 0)?;
    Ok(Value::Float(vm.rng().random()))
}

fn uniform(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("uniform", kw)?;
    arity("uniform", args, 2, 2)?;
    let (a, b) = (vm.float_arg(args[0])?, vm.float_arg(args[1])?);
    Ok(Value::Float(a + (b - a) * vm.rng().random()))
}

fn randrange_impl(
    vm: &mut Vm,
    start: BigInt,
    stop: Option<BigInt>,
    step: BigInt,
) -> PyResult<Value> {
    let Some(stop) = stop else {
        if start <= BigInt::zero() {
            return Err(value_error("empty range for randrange()"));
        }
        return Ok(vm.rand_below(&start));
    };
    let width = &stop - &start;
    if step == BigInt::from(1) {
        if width <= BigInt::zero() {
            return Err(value_error(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        }
        let r = vm.rand_below(&width);
        let r = vm.int_arg(r, "")?;
        return Ok(vm.bigint(start + r));
    }
    if step.is_zero() {
        return Err(value_error("zero step for randrange()"));
    }
    let n = if step.is_positive() {
        (&width + &step - 1) / &step
    } else {
        (&width + &step + 1) / &step
    };
    if n <= BigInt::zero() {
        return Err(value_error("empty range for randrange()"));
    }
    let r = vm.rand_below(&n);
    let r = vm.int_arg(r, "")?;
    Ok(vm.bigint(start + step * r))
}

fn randrange(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("randrange", kw)?;
    arity("randrange", args, 1, 3)?;
    let start = vm.int_arg(args[0], "")?;
    let stop = match args.get(1) {
        Some(v) => Some(vm.int_arg(*v, "")?),
        None => None,
    };
    let step = match args.get(2) {
        Some(v) => vm.int_arg(*v, "")?,
        None => BigInt::from(1),
    };
    randrange_impl(vm, start, stop, step)
}

fn randint(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("randint", kw)?;
    arity("randint", args, 2, 2)?;
    let a = vm.int_arg(args[0], "")?;
    let b = vm.int_arg(args[1], "")?;
    randrange_impl(vm, a, Some(b + 1), BigInt::from(1))
}

fn getrandbits(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("getrandbits", kw)?;
    arity("getrandbits", args, 1, 1)?;
    let k = vm.int_arg(args[0], "")?;
    let Some(k) = k.to_u32().filter(|k| *k <= 1 << 20) else {
        return Err(value_error(
            "number of bits must be non-negative and at most 1048576",
        ));
    };
    if k == 0 {
        return Ok(Value::Int(0));
    }
    vm.charge_fuel(k as u64 / 32)?;
    let r = vm.rng().getrandbits(k);
    Ok(vm.bigint(r))
}

fn choice(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("choice", kw)?;
    arity("choice", args, 1, 1)?;
    let n = vm.seq_len(args[0])?;
    if n == 0 {
        return Err(exc(Ty::IndexError, "Cannot choose from an empty sequence"));
    }
    let i = vm.rng().below(n as u64);
    vm.getitem(args[0], Value::Int(i as i64))
}

fn choices(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    arity("choices", args, 1, 2)?;
    let mut weights = args.get(1).copied().filter(|v| !matches!(v, Value::None));
    let mut cum = None;
    let mut k = 1i64;
    for (name, v) in kw {
        match name.as_str() {
            "weights" => weights = Some(*v).filter(|v| !matches!(v, Value::None)),
            "cum_weights" => cum = Some(*v).filter(|v| !matches!(v, Value::None)),
            "k" => k = vm.int_arg(*v, "")?.to_i64().unwrap_or(i64::MAX),
            _ => {
                return Err(type_error(format!(
                    "choices() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    let population = vm.collect_iterable(args[0])?;
    let n = population.len();
    let k = k.max(0) as usize;
    vm.charge_fuel(k as u64)?;
    vm.heap
        .check_room(k.saturating_mul(16))
        .map_err(|_| crate::error::memory_limit())?;
    if cum.is_none() && weights.is_none() {
        if n == 0 {
            return Err(exc(Ty::IndexError, "Cannot choose from an empty sequence"));
        }
        let out: Vec<Value> = (0..k)
            .map(|_| population[(vm.rng().random() * n as f64) as usize])
            .collect();
        return Ok(vm.new_list(out));
    }
    if cum.is_some() && weights.is_some() {
        return Err(type_error(
            "Cannot specify both weights and cumulative weights",
        ));
    }
    let cum_weights: Vec<f64> = match (weights, cum) {
        (Some(w), _) => {
            let mut acc = 0.0;
            let mut out = Vec::new();
            for x in vm.collect_iterable(w)? {
                acc += vm.float_arg(x)?;
                out.push(acc);
            }
            out
        }
        (None, Some(c)) => {
            let mut out = Vec::new();
            for x in vm.collect_iterable(c)? {
                out.push(vm.float_arg(x)?);
            }
            out
        }
        (None, None) => Vec::new(),
    };
    if cum_weights.len() != n {
        return Err(value_error(
            "The number of weights does not match the population",
        ));
    }
    let total = cum_weights.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let x = vm.rng().random() * total;
        // bisect_right(cum_weights, x, 0, hi)
        let i = cum_weights[..hi].partition_point(|w| *w <= x);
        out.push(population[i]);
    }
    Ok(vm.new_list(out))
}

fn shuffle(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("shuffle", kw)?;
    arity("shuffle", args, 1, 1)?;
    let Value::Obj(h) = args[0] else {
        return Err(type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(args[0])
        )));
    };
    let n = match vm.heap.get(h) {
        Obj::List(l) => l.len(),
        _ => {
            return Err(type_error(format!(
                "'{}' object does not support item assignment",
                vm.type_name(args[0])
            )))
        }
    };
    vm.charge_fuel(n as u64)?;
    for i in (1..n).rev() {
        let j = vm.rng().below(i as u64 + 1) as usize;
        if let Obj::List(l) = vm.heap.get_mut(h) {
            if i < l.len() && j < l.len() {
                l.swap(i, j);
            }
        }
    }
    Ok(Value::None)
}

fn sample(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    arity("sample", args, 1, 2)?;
    let mut k = args.get(1).copied();
    for (name, v) in kw {
        match name.as_str() {
            "k" => k = Some(*v),
            _ => {
                return Err(type_error(format!(
                    "sample() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    let Some(k) = k else {
        return Err(type_error(
            "sample() missing 1 required positional argument: 'k'",
        ));
    };
    let k = vm.int_arg(k, "")?;
    let population = match args[0] {
        Value::Obj(h)
            if matches!(
                vm.heap.get(h),
                Obj::Set(_) | Obj::FrozenSet(_) | Obj::Dict(_)
            ) =>
        {
            return Err(type_error(
                "Population must be a sequence.  For dicts or sets, use sorted(d).",
            ))
        }
        v => vm.collect_iterable(v)?,
    };
    let n = population.len();
    let Some(k) = k.to_usize().filter(|k| *k <= n) else {
        return Err(value_error("Sample larger than population or is negative"));
    };
    vm.charge_fuel(k as u64 + n as u64 / 8)?;
    let mut setsize = 21usize;
    if k > 5 {
        let exp = ((k * 3) as f64).log(4.0).ceil() as u32;
        setsize += 4usize.saturating_pow(exp);
    }
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool = population;
        for i in 0..k {
            let j = vm.rng().below((n - i) as u64) as usize;
            result.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
    } else {
        let mut selected = std::collections::HashSet::with_capacity(k);
        for _ in 0..k {
            let mut j = vm.rng().below(n as u64) as usize;
            while selected.contains(&j) {
                j = vm.rng().below(n as u64) as usize;
            }
            selected.insert(j);
            result.push(population[j]);
        }
    }
    Ok(vm.new_list(result))
}

fn gauss(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    arity("gauss", args, 0, 2)?;
    let mut mu = args.first().copied();
    let mut sigma = args.get(1).copied();
    for (name, v) in kw {
        match name.as_str() {
            "mu" => mu = Some(*v),
            "sigma" => sigma = Some(*v),
            _ => {
                return Err(type_error(format!(
                    "gauss() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    let mu = match mu {
        Some(v) => vm.float_arg(v)?,
        None => 0.0,
    };
    let sigma = match sigma {
        Some(v) => vm.float_arg(v)?,
        None => 1.0,
    };
    let rng = vm.rng();
    let z = match rng.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = rng.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - rng.random()).ln()).sqrt();
            rng.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    };
    Ok(Value::Float(mu + z * sigma))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython() {
        // random.seed(42); [random.random() for _ in range(3)] in CPython 3.11.
        let mut mt = Mt::from_int(&BigInt::from(42));
        let got: Vec<f64> = (0..3).map(|_| mt.random()).collect();
        assert_eq!(
            got,
            vec![
                0.6394267984578837,
                0.025010755222666936,
                0.27502931836911926
            ]
        );
    }
}
