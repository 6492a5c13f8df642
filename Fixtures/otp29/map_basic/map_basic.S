{module,map_basic}.
{exports,[{main,0},{module_info,0},{module_info,1}]}.
{attributes,[]}.
{labels,9}.
{function,main,0,2}.
{label,1}.
{line,[{location,"map_basic.erl",8}]}.
{func_info,{atom,map_basic},{atom,main},0}.
{label,2}.
{allocate,16,0}.
{init_yregs,{list,[{y,0},{y,1},{y,2},{y,3},{y,4},{y,5},{y,6},{y,7},{y,8},{y,9},{y,10},{y,11},{y,12},{y,13},{y,14},{y,15}]}}.
{move,{literal,#{1 => one,2 => two,3 => three}},{x,0}}.
{line,[{location,"map_basic.erl",9}]}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}]}}.
{move,{x,0},{y,15}}.
{move,{literal,#{<<"a">> => 2,<<"mm">> => 3,<<"x">> => 1}},{x,0}}.
{line,[{location,"map_basic.erl",10}]}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}]}}.
{move,{x,0},{y,14}}.
{move,{literal,#{age => 42,name => <<"ann">>}},{x,0}}.
{line,[{location,"map_basic.erl",11}]}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}]}}.
{line,[{location,"map_basic.erl",12}]}.
{gc_bif,map_size,{f,0},1,[{tr,{y,15},{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}],{y,13}}.
{move,{x,0},{y,12}}.
{move,{literal,#{}},{x,0}}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}]}}.
{gc_bif,map_size,{f,0},1,[{tr,{x,0},{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}],{y,11}}.
{move,{literal,#{}},{x,0}}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}]}}.
{move,{x,0},{y,10}}.
{move,nil,{x,0}}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}]}}.
{bif,is_map,{f,0},[{tr,{x,0},{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}],{y,9}}.
{line,[{location,"map_basic.erl",13}]}.
{bif,map_get,{f,0},[{integer,2},{tr,{y,15},{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}],{y,8}}.
{move,{y,15},{x,1}}.
{move,{integer,3},{x,0}}.
{call_ext,2,{extfunc,maps,find,2}}.
{move,{x,0},{y,7}}.
{move,{y,15},{x,1}}.
{move,{integer,4},{x,0}}.
{call_ext,2,{extfunc,maps,find,2}}.
{bif,is_map_key,{f,0},[{integer,1},{tr,{y,15},{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}],{y,6}}.
{line,[{location,"map_basic.erl",14}]}.
{bif,map_get,{f,0},[{atom,name},{tr,{y,12},{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}],{y,5}}.
{bif,map_get,{f,0},[{atom,age},{tr,{y,12},{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}],{y,4}}.
{move,{y,12},{x,1}}.
{move,{atom,age},{x,0}}.
{call_ext,2,{extfunc,maps,find,2}}.
{gc_bif,map_size,{f,0},1,[{tr,{y,12},{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}],{y,12}}.
{move,{x,0},{y,3}}.
{move,{atom,k},{x,0}}.
{line,[{location,"map_basic.erl",15}]}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}]}}.
{move,{x,0},{y,2}}.
{move,{atom,v},{x,0}}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}]}}.
{put_map_assoc,{f,0},{literal,#{}},{y,2},1,{list,[{y,2},{x,0}]}}.
{move,{literal,{1,2}},{x,0}}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}]}}.
{move,{x,0},{y,1}}.
{move,{literal,[1]},{x,0}}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}]}}.
{move,{x,0},{y,0}}.
{move,{float,1.5},{x,0}}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}]}}.
{put_map_assoc,{f,0},{literal,#{}},{x,1},1,{list,[{y,1},{atom,tuple_key}]}}.
{put_map_assoc,{f,0},{x,1},{x,1},2,{list,[{y,0},{atom,list_key}]}}.
{put_map_assoc,{f,0},{x,1},{x,0},2,{list,[{x,0},{atom,float_key}]}}.
{test_heap,38,1}.
{bif,is_map_key,{f,0},[{integer,2},{tr,{y,15},{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}],{x,1}}.
{put_list,{x,1},{literal,[false]},{x,1}}.
{put_list,{x,0},{x,1},{x,0}}.
{put_list,{y,2},{x,0},{x,0}}.
{put_list,{y,12},{x,0},{x,0}}.
{put_list,{y,3},{x,0},{x,0}}.
{put_list,{y,4},{x,0},{x,0}}.
{put_list,{y,5},{x,0},{x,0}}.
{put_list,{atom,false},{x,0},{x,0}}.
{put_list,{y,6},{x,0},{x,0}}.
{put_list,{atom,error},{x,0},{x,0}}.
{put_list,{y,7},{x,0},{x,0}}.
{put_list,{y,8},{x,0},{x,0}}.
{put_list,{y,9},{x,0},{x,0}}.
{put_list,{atom,true},{x,0},{x,0}}.
{put_list,{y,10},{x,0},{x,0}}.
{put_list,{y,11},{x,0},{x,0}}.
{put_list,{y,13},{x,0},{x,0}}.
{put_list,{y,14},{x,0},{x,0}}.
{put_list,{y,15},{x,0},{x,0}}.
{deallocate,16}.
return.
{function,id,1,4}.
{label,3}.
{line,[{location,"map_basic.erl",18}]}.
{func_info,{atom,map_basic},{atom,id},1}.
{label,4}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[k,v]},{t_list,{t_integer,{1,1}},nil},{t_float,{1.5,1.5}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_map,{t_union,{t_atom,[age,name]},none,{t_integer,{1,3}},none,none,{t_bitstring,8,false}},{t_union,{t_atom,[one,three,two]},none,{t_integer,{1,42}},none,none,{t_bitstring,8,false}}}}}]}}.
return.
{function,module_info,0,6}.
{label,5}.
{line,[]}.
{func_info,{atom,map_basic},{atom,module_info},0}.
{label,6}.
{move,{atom,map_basic},{x,0}}.
{call_ext_only,1,{extfunc,erlang,get_module_info,1}}.
{function,module_info,1,8}.
{label,7}.
{line,[]}.
{func_info,{atom,map_basic},{atom,module_info},1}.
{label,8}.
{move,{x,0},{x,1}}.
{move,{atom,map_basic},{x,0}}.
{call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
