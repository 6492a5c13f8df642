%% Signed zero and int/float equality: -0.0 vs 0.0 under == and =:=, in
%% term order, as map keys, through float_to_list and term_to_binary.
-module(float_zero_sign).
-export([main/0]).

main() ->
    Z = id(0.0), N = id(-0.0),
    [Z == N, Z =:= N, Z < N, N < Z, Z == id(0), Z =:= id(0),
     float_to_list(N, [short]), float_to_list(Z, [short]),
     term_to_binary(N), term_to_binary(Z),
     id(0.0) * id(-1), -Z, Z - Z, N + N, N * N, Z * N,
     map_size(#{Z => a, N => b}), map_size(#{Z => a, id(0) => b}),
     is_float(N), N == 0, 1 / id(1.0e300) / id(-1.0e300),
     case N of 0 -> int_zero; _ -> not_int_zero end].

id(X) -> X.
