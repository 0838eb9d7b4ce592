"""Component ``pledge_records``: one module per step (cues, filters, parties, fields, merge)."""

from .component import PledgeRecords, make_pledge_records

__all__ = ["PledgeRecords", "make_pledge_records"]
