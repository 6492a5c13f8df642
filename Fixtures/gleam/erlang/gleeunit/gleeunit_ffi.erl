-module(gleeunit_ffi).
-export([find_files/2, run_eunit/2]).

%% The files matching a wildcard pattern below a directory, as Gleam strings.
find_files(Pattern, In) ->
    Files = filelib:wildcard(binary_to_list(Pattern), binary_to_list(In)),
    [list_to_binary(File) || File <- Files].

run_eunit(Modules, Options) ->
    case code:which(eunit) of
        non_existing ->
            gleeunit@internal@reporting:eunit_missing();
        _ ->
            case eunit:test(Modules, Options) of
                ok -> {ok, nil};
                error -> {error, nil};
                {error, Reason} -> {error, Reason}
            end
    end.
