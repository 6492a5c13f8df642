%% Stack traces of zlib errors: the NIF's own frame (with its arguments) on top of
%% zlib.erl's frames, which carry no location (zlib is preloaded in ERTS), and
%% tail calls into NIFs leave no frame of their caller. Stream references are
%% replaced by 'stream' (their numbers differ from run to run).
-module(otp_zlib_traces).
-export([main/0]).

main() ->
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    Dict = <<"a dictionary of words">>,
    D = zlib:open(),
    ok = zlib:deflateInit(D),
    _ = zlib:deflateSetDictionary(D, Dict),
    WithDict = iolist_to_binary(zlib:deflate(D, <<"words words words">>, finish)),
    ok = zlib:deflateEnd(D),
    Cases = [fun() -> zlib:inflate(Z, <<"definitely not deflate data">>) end,
             fun() -> zlib:inflateReset(Z), zlib:inflate(Z, WithDict) end,
             fun() -> zlib:close(make_ref()) end,
             fun() -> zlib:deflate(Z, <<"x">>) end,
             fun() -> zlib:deflateEnd(D) end,
             fun() -> zlib:uncompress(<<1, 2, 3>>) end,
             fun() -> zlib:gunzip(<<"not gzip at all, not at all">>) end,
             fun() -> zlib:deflateInit(D, 11) end,
             fun() -> zlib:set_controlling_process(D, nobody) end,
             fun() -> Self = self(), spawn(fun() -> Self ! {trace, run(fun() -> zlib:inflateReset(Z) end)} end),
                      receive {trace, T} -> T end end],
    [run(C) || C <- Cases].

run(F) ->
    try F() of
        {error, _, _} = T -> T;
        Other -> {returned, clean(Other)}
    catch
        Class:Reason:Stack -> {Class, clean(Reason), [clean(Frame) || {M, _, _, _} = Frame <- Stack, M =:= zlib]}
    end.

clean(T) when is_reference(T) -> stream;
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean([H | T]) -> [clean(H) | clean(T)];
clean(T) -> T.
