%% Record errors: accessing or updating a field of a term that is not that
%% record (badrecord, whose reason changed in newer OTP releases), and a
%% record pattern that does not match.
-module(rec_errors).
-export([main/0]).

-record(r, {a, b}).
-record(s, {a}).

main() ->
    NotR = id({s, 1}),
    [try (id(NotR))#r.a catch error:E1 -> E1 end,
     try (id(NotR))#r{b = 2} catch error:E2 -> E2 end,
     try (id(atom))#r.b catch error:E3 -> E3 end,
     try (id({r, 1}))#r.a catch error:E4 -> E4 end,
     try #r{a = A} = id(#s{a = 1}), A catch error:E5 -> E5 end,
     try get_a(id(#s{a = 5})) catch error:E6 -> E6 end,
     get_a(id(#r{a = ok}))].

get_a(#r{a = A}) -> A.

id(X) -> X.
