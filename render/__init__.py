"""Writers: Chronology -> DataFrame, JSON, CSV, Markdown, TimelineJS JSON, ICS and a self-contained HTML page (pandas and plotly live here only)."""
from render._output import write_text
from render.csv_table import write_csv
from render.frame import to_frame
from render.html_page import to_html, write_html
from render.ics_calendar import to_ics, write_ics
from render.json_doc import to_json_dict, write_json
from render.markdown_table import to_markdown, write_markdown
from render.timelinejs import to_timelinejs, write_timelinejs

__all__ = ["to_frame", "to_json_dict", "write_json", "write_csv", "to_html", "write_html", "write_text",
           "to_markdown", "write_markdown", "to_timelinejs", "write_timelinejs", "to_ics", "write_ics"]
